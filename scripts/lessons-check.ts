/**
 * `npm run lessons:check`: validates every lesson without building the site.
 * Exit 0 when the course is sound, 1 with one line per problem otherwise.
 */
import { checkLessons, LESSONS_ROOT } from "../lib/lessons/load";

const { lessons, errors } = checkLessons(LESSONS_ROOT);
if (errors.length > 0) {
  for (const error of errors) console.error(`error: ${error.message}`);
  console.error(`${errors.length} lesson problem(s) found; the site will not build until they are fixed.`);
  process.exit(1);
}
console.log(`${lessons} lesson(s) checked: every file exists, every annotation anchor resolves.`);
