/**
 * The DTO class of every route's @Body(), read from Nest's own decorator metadata in the built server. Run in a child
 * Node process: the controllers import CommonJS packages that require() ESM ones, which Jest's module loader cannot do.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';

export interface RouteBody {
  /** Class name of the DTO. */
  dto: string;
  /** Its properties known to @nestjs/swagger (inherited ones included), sorted. */
  properties: string[];
}

const SCRIPT = `
import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'all', 'options', 'head'];
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.controller.js') ? [join(dir, e.name)] : []);
const out = {};
for (const file of files(process.argv[1])) {
  const mod = await import(pathToFileURL(file).href);
  for (const ctrl of Object.values(mod)) {
    if (typeof ctrl !== 'function' || Reflect.getMetadata('path', ctrl) === undefined) continue;
    const base = String(Reflect.getMetadata('path', ctrl));
    for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
      const handler = ctrl.prototype[name];
      if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata('method', handler) === undefined) continue;
      const args = Reflect.getMetadata('__routeArguments__', ctrl, name) ?? {};
      const body = Object.entries(args).find(([k]) => Number(k.split(':')[0]) === 3);
      if (!body) continue;
      let type = (Reflect.getMetadata('design:paramtypes', ctrl.prototype, name) ?? [])[body[1].index];
      // A body typed with an interface (checked by a compiled schema) names its DTO with @ApiBody({ type }).
      if (type === Object) type = (Reflect.getMetadata('swagger/apiParameters', handler) ?? []).find((p) => p.in === 'body')?.type;
      if (typeof type !== 'function' || type === Array || type === Object) continue;
      const sub = String(Reflect.getMetadata('path', handler));
      const parts = [...(base.startsWith('api/') ? [] : ['api', 'v1']), ...(base + '/' + sub).split('/').filter((p) => p && p !== '/')];
      const path = ('/' + parts.join('/')).replace(/:(\\w+)/g, '{$1}');
      const props = [...new Set((Reflect.getMetadata('swagger/apiModelPropertiesArray', type.prototype) ?? []).map((n) => n.replace(/^:/, '')))].sort();
      out[METHODS[Reflect.getMetadata('method', handler)] + ' ' + path] = { dto: type.name, properties: props };
    }
  }
}
process.stdout.write(JSON.stringify(out));
`;

/** `post /api/v1/minutes/{id}/cases` → its body DTO, for the server built at `mainJs` (dist/main.js or TIEPDAN_MAIN). */
export function routeBodyDtos(mainJs: string): Map<string, RouteBody> {
  const json = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, dirname(mainJs)], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'test' },
  });
  return new Map(Object.entries(JSON.parse(json) as Record<string, RouteBody>));
}

export const builtMain = (): string => process.env.TIEPDAN_MAIN ?? join(process.cwd(), 'dist', 'main.js');
