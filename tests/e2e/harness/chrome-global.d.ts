// Code passed to the service worker's evaluate() runs there, where the extension API is the global `chrome`.
declare const chrome: import('wxt/browser').Browser;
