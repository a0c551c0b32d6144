import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { createFormatError } from '../src/server/format-error.js';

describe('error masking', () => {
  const logged: unknown[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });

  it('passes user errors through with their code and details, without a stack trace', () => {
    const format = createFormatError(logger, false);
    const error = new GraphQLError('input.name: must not be empty', { extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } });
    expect(format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error)).toEqual({
      message: 'input.name: must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
  });

  it('masks an unexpected error outside development and logs it in full', () => {
    const format = createFormatError(logger, false);
    const cause = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n) ...');
    const error = new GraphQLError(cause.message, { originalError: cause, path: ['claims'] });
    const formatted = format({ message: cause.message, path: ['claims'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['claims'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(logged)).toContain('Neo.ClientError.Statement.SyntaxError');
  });

  it('shows the message, still not the stack, in development', () => {
    const format = createFormatError(logger, true);
    const cause = new Error('driver closed');
    const formatted = format({ message: cause.message }, new GraphQLError(cause.message, { originalError: cause }));
    expect(formatted.message).toBe('driver closed');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
