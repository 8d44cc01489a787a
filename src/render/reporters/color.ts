// Whether to colour the stylish report (DESIGN §5): only on a terminal, not with NO_COLOR set
// or TERM=dumb or --no-color; FORCE_COLOR (other than "0"/"false") and --color force it.
export interface ColorContext {
  isTTY: boolean | undefined;
  env: Record<string, string | undefined>;
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
}

export function shouldColor({ isTTY, env, flag }: ColorContext): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}
