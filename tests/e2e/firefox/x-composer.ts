/** The inline composer at the top of the X replica's home timeline, as Firefox's tests reach it (as tests/e2e/sites/x.ts does for Chromium). */
export const X_HOME = {
  url: 'https://x.com/home',
  box: 'main .composer [data-testid="tweetTextarea_0"]',
  submit: 'main .composer [data-testid^="tweetButton"]',
  picker: 'main .composer input[data-testid="fileInput"]',
  posts: 'post',
} as const;
