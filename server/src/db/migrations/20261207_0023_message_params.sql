-- In-app notifications follow the reader's language (issue 19, item 5): the template's parameters are kept with each
-- in-app message (never with a one-time code or a set-password link), so the list renders the template again in the
-- language the reader shows. Older rows have none and keep the text they were written with.
ALTER TABLE messages ADD COLUMN params jsonb;
