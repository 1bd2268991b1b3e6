// `npm run draft-claim -w @associa/api-client -- --origin URL --email E --password P [--via token] [--name N]`:
// signs in (session cookie + CSRF token; with `--via token` it then creates an API token and goes on
// with `Authorization: Bearer`), creates a draft claim, validates it and prints the result as one
// JSON line. Exit 0 ok, 1 failure, 2 usage error.
import { parseArgs } from 'node:util';
import { createAssociaClient, signIn } from './client';
import { createDraftClaim } from './create-draft-claim';

let values: { origin?: string; email?: string; password?: string; via?: string; name?: string; location?: string };
try {
  ({ values } = parseArgs({
    options: { origin: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, via: { type: 'string', default: 'session' }, name: { type: 'string' }, location: { type: 'string' } },
  }));
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
if (!values.origin || !values.email || !values.password || (values.via !== 'session' && values.via !== 'token')) {
  console.error('Usage: draft-claim --origin URL --email E --password P [--via session|token] [--name N] [--location ID]');
  process.exit(2);
}

try {
  let client = createAssociaClient({ origin: values.origin });
  await signIn(client, values.email, values.password);
  if (values.via === 'token') {
    const { data, error, response } = await client.POST('/tokens', { body: { name: 'typed client example', expiresInDays: 1 } });
    if (!data) throw new Error(`POST /tokens failed: ${response.status} ${error?.error.code ?? ''}`);
    client = createAssociaClient({ origin: values.origin, token: data.token });
  }
  const result = await createDraftClaim(client, { name: values.name ?? 'Draft from the typed client', locationId: values.location });
  console.log(JSON.stringify({ via: values.via, ...result }));
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
