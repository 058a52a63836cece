// utif2 ships no types; lib/vision/decode-other-formats.ts describes the calls it makes.
declare module 'utif2';
