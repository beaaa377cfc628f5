// The components chapters may use, in one place, so MDX files import from a single module.
export { default as KeyTerms } from './KeyTerms.astro';
export { default as Term } from './Term.astro';
export { default as PyTs } from './PyTs.astro';
export { default as Demo } from './Demo.astro';
export { default as Quiz } from '../study/Quiz.astro';
