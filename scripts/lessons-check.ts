/**
 * `npm run lessons:check [-- <slug>...]`: validates every lesson (or only the named ones,
 * listed in course.yaml or not) without building the site. Exit 0 when sound, 1 with one
 * line per problem otherwise.
 */
import { checkLessons, LESSONS_ROOT } from "../lib/course/load";

const only = process.argv.slice(2);
const { lessons, errors } = checkLessons(LESSONS_ROOT, only);
if (errors.length > 0) {
  for (const error of errors) console.error(`error: ${error.message}`);
  console.error(`${errors.length} lesson problem(s) found; the site will not build until they are fixed.`);
  process.exit(1);
}
console.log(
  `${lessons} lesson(s) checked: front matter, files, annotation anchors, Dockerfiles that must build, and every exercise solvable.`,
);
