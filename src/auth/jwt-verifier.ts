import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config/env.js';
import { RESERVED_CALLER_NAMES, ROLES, isRole, type Caller, type Role } from '../model/caller.js';

/** Thrown for a token that is not valid: the message says why (it goes to the client with UNAUTHENTICATED). */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Verifies one compact JWT and returns its caller; throws InvalidTokenError when it is not valid. */
export type JwtVerifier = (token: string) => Promise<Caller>;

/**
 * The JWT verifier the configuration asks for, or undefined when it configures none.
 * HS256 with JWT_SECRET; RS256 or ES256 (P-256) with the PEM public key of
 * JWT_PUBLIC_KEY_FILE or the keys of JWKS_FILE (read once, now: nothing is fetched at run
 * time). JWT_ISSUER and JWT_AUDIENCE, when set, must match `iss` and `aud`; `exp` and `nbf`
 * are checked (30 s of clock tolerance). The caller is named by `sub` (else `name`); its
 * role is the `role` claim, or the strongest known role in a `roles` array; a token with
 * neither is a reader. Throws at construction for a key file that cannot be read.
 */
export function createJwtVerifier(config: Config): JwtVerifier | undefined {
  if (config.JWT_PUBLIC_KEY_FILE && config.JWKS_FILE) throw new Error('set JWT_PUBLIC_KEY_FILE or JWKS_FILE, not both');
  const secret = config.JWT_SECRET ? new TextEncoder().encode(config.JWT_SECRET) : undefined;
  const publicKey = config.JWT_PUBLIC_KEY_FILE ? readPublicKey(config.JWT_PUBLIC_KEY_FILE) : undefined;
  const jwks = config.JWKS_FILE ? createLocalJWKSet(JSON.parse(readFileSync(config.JWKS_FILE, 'utf8'))) : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(publicKey ? [publicKey.alg] : []), ...(jwks ? ['RS256', 'ES256'] : [])];
  if (algorithms.length === 0) return undefined;

  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (publicKey && header.alg === publicKey.alg) return publicKey.key;
    if (jwks) return jwks(header, token);
    throw new InvalidTokenError(`tokens signed with ${header.alg} are not accepted`);
  };

  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        clockTolerance: 30,
      }));
    } catch (error) {
      throw new InvalidTokenError(reason(error));
    }
    const name = typeof payload.sub === 'string' && payload.sub ? payload.sub : typeof payload.name === 'string' ? payload.name : '';
    if (!name) throw new InvalidTokenError('the token names no caller (sub or name)');
    if (RESERVED_CALLER_NAMES.includes(name)) throw new InvalidTokenError(`the token's caller name "${name}" is reserved`);
    return { id: name, role: roleOf(payload) };
  };
}

function readPublicKey(file: string): { key: KeyObject; alg: 'RS256' | 'ES256' } {
  const key = createPublicKey(readFileSync(file, 'utf8'));
  if (key.asymmetricKeyType === 'rsa') return { key, alg: 'RS256' };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return { key, alg: 'ES256' };
  throw new Error(`${file}: an RSA or P-256 public key is needed (RS256 or ES256)`);
}

/** `role`, or the strongest known role in `roles`; reader when neither names one. */
function roleOf(payload: JWTPayload): Role {
  if (isRole(payload.role)) return payload.role;
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  return roles.reduce<Role>((best, role) => (ROLES.indexOf(role) > ROLES.indexOf(best) ? role : best), 'reader');
}

/** Why jose refused a token, in words safe to show the client (no key material is ever in them). */
function reason(error: unknown): string {
  if (error instanceof InvalidTokenError) return error.message;
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token algorithm is not accepted';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no configured key matches the token';
  return 'the token is not a valid JWT';
}
