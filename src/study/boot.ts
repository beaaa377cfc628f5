/**
 * The only script a reading page runs up front, on every page (so pages with demos and quizzes
 * cost no more than pages without): once the browser is idle, load ./islands.ts, which hydrates
 * demos and the quiz and shows progress. The page is complete and readable without it.
 */
const start = () => void import('./islands');
if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
else setTimeout(start, 200);
