/** The audit action of a request, or null for reads. */
export function actionOf(method: string, routePath: string): string | null {
  switch (method.toUpperCase()) {
    case 'POST': {
      // POST /things creates; POST /things/:id/verb is an action on an existing thing
      const segments = routePath.split('/').filter(Boolean);
      const last = segments[segments.length - 1] ?? '';
      return segments.some((s) => s.startsWith(':')) && !last.startsWith(':') ? `action:${last}`.slice(0, 32) : 'create';
    }
    case 'PUT':
    case 'PATCH':
      return 'update';
    case 'DELETE':
      return 'delete';
    default:
      return null;
  }
}

/** The id of the touched entity: the response's `id`, else the route's `:id`/`:code`/`:year`. Never a body field. */
export function entityIdOf(body: unknown, params: Record<string, string>): string | null {
  if (body && typeof body === 'object' && 'id' in body && typeof (body as { id: unknown }).id === 'string') {
    return (body as { id: string }).id;
  }
  return params.id ?? params.code ?? params.year ?? null;
}
