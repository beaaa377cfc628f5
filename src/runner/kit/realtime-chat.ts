/**
 * The real-time chapter's chat server logic (content/realtime/chat/handlers.ts), for demos, which
 * cannot use relative imports: they import it as "demo-kit/realtime-chat". It is the same file the
 * chapter's real socket.io server runs and its Vitest test checks, so the in-page demos and the
 * real server cannot drift apart.
 */
export * from '../../../content/realtime/chat/handlers.ts';
export type * from '../../../content/realtime/chat/types.ts';
