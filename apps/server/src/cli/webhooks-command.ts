import { Command } from 'commander';
import { systemClock } from '../lib/clock';
import { AppError } from '../lib/errors';
import { redeliverWebhookDelivery } from '../modules/webhooks/redeliver-webhook-delivery';
import { CliUsageError, exitWith, withDatabase } from './cli-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `webhooks redeliver`: after a receiver's outage, queues messages again (the worker sends them,
 * in order per endpoint) — named deliveries, or every FAILED one of an endpoint.
 */
export const webhooksCommand = () =>
  new Command('webhooks').description('webhook operations').addCommand(
    new Command('redeliver')
      .description('queue webhook deliveries again: the given delivery IDs, or --failed --webhook <id> for every failed one of an endpoint')
      .argument('[deliveryIds...]', 'delivery IDs (from GET /api/v1/webhooks/{id}/deliveries)')
      .option('--webhook <id>', 'the endpoint whose failed deliveries to queue again (with --failed)')
      .option('--failed', 'every FAILED delivery of --webhook')
      .action(
        exitWith(async (ids: string[], options: { webhook?: string; failed?: boolean }) => {
          if (!!options.failed !== !!options.webhook) throw new CliUsageError('--failed and --webhook <id> go together.');
          if (!ids.length && !options.failed) throw new CliUsageError('Name delivery IDs, or use --failed --webhook <id>.');
          for (const id of [...ids, options.webhook ?? '']) if (id && !UUID.test(id)) throw new CliUsageError(`Not an ID: ${id}`);
          return withDatabase(async ({ db }) => {
            let targets = ids;
            if (options.failed) {
              const rows = await db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', options.webhook!).where('status', '=', 'FAILED').orderBy('created_at').execute();
              targets = rows.map((r) => r.id);
            }
            let failures = 0;
            for (const deliveryId of targets) {
              try {
                await redeliverWebhookDelivery({ db, clock: systemClock, deliveryId, webhookId: options.webhook });
                console.log(`${deliveryId}: queued again`);
              } catch (err) {
                if (!(err instanceof AppError)) throw err;
                failures++;
                console.error(`${deliveryId}: ${err.code}: ${err.message}`);
              }
            }
            console.log(`${targets.length - failures} of ${targets.length} deliveries queued again.`);
            return failures ? 1 : 0;
          });
        }),
      ),
  );
