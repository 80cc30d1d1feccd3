/**
 * Files a member takes away (issue 21): a table written as CSV ({@link rebound.files.CsvTable}) and
 * a calendar written as iCalendar ({@link rebound.files.CalendarFile}). They write what they are
 * given and know nothing of the words or the plan, which the conversation decides.
 */
package rebound.files;
