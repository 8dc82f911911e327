/** The audit action of a request, or null for reads. */
export function actionOf(method: string, routePath: string): string | null {
  switch (method.toUpperCase()) {
    case 'POST': {
      // POST /things creates; POST /things/:id/verb is an action on an existing thing
      const segments = routePath.split('/').filter(Boolean);
      const last = segments[segments.length - 1] ?? '';
      return segments.some((s) => s.startsWith(':')) && !last.startsWith(':')
        ? `action:${last}`.slice(0, 32)
        : 'create';
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

/**
 * The id of the touched entity: the `id` of what the write returned (the response, or the value of its transaction),
 * else the route's `:id`/`:code`/`:year`/`:unitId`, else a bare id the transaction returned (creations that return the new id).
 * Never a request body field.
 */
export function entityIdOf(result: unknown, params: Record<string, string>): string | null {
  if (result && typeof result === 'object' && 'id' in result && typeof (result as { id: unknown }).id === 'string') {
    return (result as { id: string }).id;
  }
  const fromRoute = params.id ?? params.code ?? params.year ?? params.unitId;
  if (fromRoute) return fromRoute;
  return typeof result === 'string' && result.length > 0 && result.length <= 64 ? result : null;
}
