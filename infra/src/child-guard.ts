/**
 * Loaded into every child of npm start's supervisor (`node --import`): when the supervisor goes away
 * without stopping its children (killed, crashed), their IPC channel closes and each child stops as
 * on SIGTERM, so no unit or gateway outlives it holding its port.
 */
process.channel?.unref();
process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
