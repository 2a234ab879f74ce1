-- Progress rows are updated many times each: leave room on every page so updates stay on the page (HOT) and the
-- primary-key indexes are not touched for each one.
ALTER TABLE enrolments SET (fillfactor = 80);
ALTER TABLE lesson_progress SET (fillfactor = 80);
