export { createApp, OPENAPI_PATH } from './create-app.tsx';
export { DEFAULT_SERVER_OPTIONS, type ServerOptions } from './server-options.ts';
export { startServer, isLoopback, type RunningServer } from './start-server.ts';
