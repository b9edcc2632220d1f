import nodemailer from 'nodemailer';

export type OutgoingMail = { to: string; subject: string; text: string };
export type Mailer = { send: (mail: OutgoingMail) => Promise<void> };

/** Mail goes out only when SMTP_URL is set; otherwise the UI shows links on screen instead. */
export function createMailer(smtpUrl: string | undefined, from = 'Caspian Bridge <no-reply@localhost>'): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
