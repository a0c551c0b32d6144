import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { ANONYMOUS, hasRole, type Caller, type Role } from '../model/caller.js';
import { userError } from '../model/errors.js';
import { ADMIN_FIELDS } from './admin-fields.js';

export interface AuthPolicy {
  /** Whether a caller without credentials may run queries (AUTH_ANONYMOUS_READ). */
  anonymousRead: boolean;
}

/**
 * An Apollo plugin that decides, once the operation is known and before anything executes,
 * whether the caller may run it whole: a query needs a reader (anonymous callers are readers
 * when `anonymousRead`), a mutation an editor, a root field of ADMIN_FIELDS an admin. A
 * refusal answers the whole request, so nothing is ever half-executed: UNAUTHENTICATED (401)
 * when the caller sent no credentials, FORBIDDEN (403) when its role is too weak.
 */
export function authPlugin(policy: AuthPolicy): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!operation) return;
          const type = operation.operation === 'mutation' ? 'mutation' : 'query';
          const needed: Role = rootFields(operation.selectionSet, document.definitions).some((field) => ADMIN_FIELDS[type].includes(field))
            ? 'admin'
            : type === 'mutation'
              ? 'editor'
              : 'reader';
          authorise(contextValue.caller, needed, policy);
        },
      };
    },
  };
}

function authorise(caller: Caller, needed: Role, policy: AuthPolicy): void {
  if (caller === ANONYMOUS) {
    if (needed === 'reader' && policy.anonymousRead) return;
    throw userError('UNAUTHENTICATED', needed === 'reader' ? 'reading needs credentials on this server: send Authorization: Bearer <API key or token>' : `this operation needs the ${needed} role: send Authorization: Bearer <API key or token>`);
  }
  if (!hasRole(caller, needed)) throw userError('FORBIDDEN', `this operation needs the ${needed} role; ${caller.id} is ${caller.role === 'admin' ? 'an' : 'a'} ${caller.role}`, { role: caller.role, needed });
}

/** Names of the root fields of an operation, fragments expanded. */
function rootFields(selectionSet: SelectionSetNode, definitions: readonly { kind: Kind }[]): string[] {
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const stack: SelectionSetNode[] = [selectionSet];
  while (stack.length > 0) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) stack.push(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) stack.push(fragment.selectionSet);
      }
    }
  }
  return names;
}
