/** The app's port; E2E_PORT lets two suites run side by side on one machine. */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3111);

/** Where the mail sink takes the app's SMTP. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? APP_PORT + 14);

/** Where the mail sink answers GET /messages with what it caught. */
export const MAIL_SINK_PORT = Number(process.env.E2E_MAIL_SINK_PORT ?? APP_PORT + 15);
