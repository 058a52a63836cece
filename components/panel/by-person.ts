/**
 * True for input from a person: a click, key or typed text the browser made.
 * The panel sits in the page's document, and the page's own scripts must not
 * answer it for anyone (security audit M1): what a script dispatched carries
 * `isTrusted: false`, which no script can change. (A DOM without the property
 * at all, as the component tests' happy-dom, counts as a person.)
 */
export const byPerson = (event: { nativeEvent: Event }): boolean => event.nativeEvent.isTrusted !== false;
