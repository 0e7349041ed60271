// Injected into the web test bundle (test/web/run.ts): the browserify `process` global the npm `assert`
// package expects, from the npm `process` package.
export { default as process } from 'process/browser.js';
