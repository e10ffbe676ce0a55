// The Observatory ships JavaScript without type declarations; the test uses a few of its modules.
declare module '@mdn/mdn-http-observatory/src/*';
