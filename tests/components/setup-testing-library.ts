import { configure } from '@testing-library/dom';

// A 2-core machine running the browser suites beside these can take seconds to settle a
// storage write; Testing Library's one-second wait then fails tests whose behaviour is right.
configure({ asyncUtilTimeout: 8000 });
