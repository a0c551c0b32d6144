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

  // Regression: importGraph with an unknown field answered a 4.2 KB message whose reason came last.
  it('puts the reason first for a refused variable, without the value it printed', () => {
    const format = createFormatError(logger, false);
    const value = `{ actors: [${'{ id: "actor:a", name: "A", kind: PERSON }, '.repeat(100)}], extra: 1 }`;
    const message = `Variable "$input" got invalid value ${value}; Field "extra" is not defined by type "GraphInput".`;
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(format({ message, extensions: { code: 'BAD_USER_INPUT' } }, error).message).toBe('Field "extra" is not defined by type "GraphInput". (at $input)');
    const nested = 'Variable "$input" got invalid value "x" at "input.actors[0].kind"; Value "x" does not exist in "ActorKind" enum.';
    expect(format({ message: nested, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(nested)).message).toBe(
      'Value "x" does not exist in "ActorKind" enum. (at $input.actors[0].kind)',
    );
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
