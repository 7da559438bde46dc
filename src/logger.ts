/** One pino logger for the process; LOG_LEVEL sets the level (default info, silent under jest). */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info')): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
