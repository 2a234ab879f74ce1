-- Webhook signing secrets are sealed with SECRETS_KEY when it is set (platform/sealing.ts); rows from before stay
-- readable as they are.
ALTER TABLE hrms_webhooks ADD COLUMN secret_encrypted boolean NOT NULL DEFAULT false;
