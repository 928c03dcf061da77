/**
 * The help texts. Written for content editors first (no programming assumed), with examples to
 * copy; the exit codes are at the end for the developers who script the command.
 */

/** `guidepost --help`. */
export function mainHelp(version: string): string {
  return `guidepost ${version}: check and preview guidepost tutorial files.

Usage:
  guidepost validate <files…>   Check tutorial and catalog files for problems.
  guidepost preview <file>      See a tutorial in your browser as you edit.
  guidepost edit <file>         Write a tutorial in your browser, no JSON.
  guidepost new <file>          Start a tutorial file (Vietnamese, English).
  guidepost handbook <file>     Make the printed handbook (HTML, or PDF).

Options:
  -h, --help      Show this help ("guidepost validate --help": one command).
  -v, --version   Show which version of guidepost this is.

Examples:
  guidepost validate my-tutorial.json
  guidepost validate "tutorials/*.json"
  guidepost preview my-tutorial.json
  guidepost edit my-tutorial.json --lang en
  guidepost new guides/my-first-guide.json
  guidepost handbook my-tutorial.json -o handbook.html --pdf handbook.pdf

Needs Node.js 22 or later.
How to write a tutorial: docs/writing-tutorials.md in the guidepost repository.`;
}

/** `guidepost validate --help`. */
export const validateHelp = `guidepost validate: check tutorial files.

Usage:
  guidepost validate <files…> [--json] [--lint] [--lang vi|en]

Checks each file and lists every problem at once, one per line:

  my-tutorial.json:12:5  steps[1].next  Step 2 (install-app): "next" goes to …

that is: the file, the line and the column where the problem is, the place
in the tutorial (counting from 0: steps[1] is the second step), and what to
change.
Missing translations are warnings; everything else is an error. Both must be
fixed before the file passes.

A catalog (the list of guides <gp-catalog> shows: "format", "lang",
"categories" and "tutorials") is told apart from a tutorial by its fields and
checked as a catalog, with every tutorial file it lists: each "src" must be a
valid tutorial next to the catalog (web addresses are not fetched).

Naming files:
  Name files one by one, or name many at once with a pattern:
    *    any letters in one name          tutorials/*.json
    **   any number of folders            tutorials/**/*.json
    ?    exactly one letter               step-?.json
  Put a pattern in quotes ("tutorials/*.json") so it works the same everywhere.

Options:
  --json       Print the result as JSON, for other programs to read.
  --lint       Also give advice on the words: sentences too long, more than
               one action in a step, abbreviations not explained, picture
               descriptions that say nothing. Advice never fails the check.
  --abbreviations <list>
               With --lint: abbreviations your readers know, separated by
               commas, for example --abbreviations VNeID,OTP,QR
  --lang <vi|en>
               The language of the problems and the advice: vi (Tiếng Việt)
               or en (English). Default: en. Codes and places are the same
               in both.
  -h, --help   Show this help.

Examples:
  guidepost validate my-tutorial.json
  guidepost validate my-tutorial.json --lang vi
  guidepost validate "tutorials/*.json"
  guidepost validate "tutorials/**/*.json" --json > report.json
  guidepost validate my-tutorial.json --lint --abbreviations VNeID,OTP,QR

Exit code:
  0  every file passed
  1  at least one file has a problem (an error or a warning)
  2  the command could not run: no file named, an unknown option, or a
     pattern that matches no file`;

/** `guidepost preview --help`. */
export const previewHelp = `guidepost preview: see a tutorial as citizens will, while you write it.

Usage:
  guidepost preview <file> [--port <number>] [--lang <language>]

Starts a small web server that only this computer can reach, and prints its
address. Open the address in your browser to see the tutorial.

Every time you save the file, the page reloads and stays on the step you were
looking at, and the file's problems are printed here again (as "guidepost
validate" prints them). While the file has an error, the page shows the error
instead of the tutorial. Pictures and other files in the tutorial's folder are
shown too, so "img/phone.svg" works as it will on the portal.

The preview does not remember progress: opening the address again starts at
the beginning, as it will for a citizen who has never seen the tutorial.

Options:
  --port <number>     The port of the address (default 8090, or the next free
                      one). 0 picks any free port.
  --lang <language>   Show the tutorial in this language: vi or en, or another
                      language code the tutorial has. Default: the tutorial's
                      own "lang".
  -h, --help          Show this help.

Press Ctrl+C to stop the preview.

Examples:
  guidepost preview my-tutorial.json
  guidepost preview my-tutorial.json --lang en
  guidepost preview my-tutorial.json --port 9000

Exit code:
  0  stopped with Ctrl+C
  2  the preview could not start: no file named, a file that does not exist,
     an unknown option, or a port that is already in use`;


/** `guidepost edit --help`. */
export const editHelp = `guidepost edit: write a tutorial in your browser, without touching JSON.

Usage:
  guidepost edit <file.json> [--lang vi|en] [--port <number>]

Starts a small web server that only this computer can reach, and prints its
address. Open the address in your browser: the editor shows the tutorial's
fields, its steps and a live preview. When the file does not exist yet, it is
created as a new, empty tutorial.

Save in the page writes the file (the format's own layout, two-space indents),
and the file's problems are printed here, as "guidepost validate" prints them.
If the file was changed by something else since you opened it, the page says
so and lets you reload it or overwrite it. Pictures you choose are copied
into an img folder next to the tutorial. Changes you have not saved yet are
kept in the browser, and offered back if the page is closed by mistake.

Options:
  --lang <vi|en>      The language of the editor, and of a new tutorial.
                      Default: vi.
  --port <number>     The port of the address (default 8092, or the next free
                      one). 0 picks any free port.
  -h, --help          Show this help.

Press Ctrl+C to stop the editor.

Examples:
  guidepost edit my-tutorial.json
  guidepost edit my-tutorial.json --lang en
  guidepost handbook my-tutorial.json -o handbook.html --pdf handbook.pdf
  guidepost edit tutorials/new-guide.json --port 9000

Exit code:
  0  stopped with Ctrl+C
  2  the editor could not start: no file named, a folder that does not exist,
     an unknown option, or a port that is already in use`;

/** `guidepost new --help`. */
export const newHelp = `guidepost new: start a new tutorial file.

Usage:
  guidepost new <file>

Writes a small tutorial with two steps, in Vietnamese and English, that
passes "guidepost validate". Change its steps with "guidepost edit <file>".
The folder is created when it does not exist; a file that exists is never
overwritten.

Options:
  -h, --help   Show this help.

Examples:
  guidepost new guides/my-first-guide.json

Exit code:
  0  the file was written
  1  a file with that name exists already
  2  the command could not run: no file named, or not a .json name`;

/** `guidepost handbook --help`. */
export const handbookHelp = `guidepost handbook: make the printed handbook of a tutorial.

Usage:
  guidepost handbook <file> [--lang vi] [--url-template <address>] [--step-qr]
                     [--paper a4|a5] [-o handbook.html] [--pdf handbook.pdf]

Writes one HTML file with everything inside (styles and pictures, no script),
ready to print in large type: every step numbered, with where to go next
("If you choose \u201cYes\u201d, go to step 5."), the reference code to read to the
hotline, and the help contacts with their opening hours.

The file is checked first, exactly as "guidepost validate" checks it. With a
problem, nothing is made.

Options:
  --lang <language>       The language to print in (default: the tutorial's).
  --url-template <address>
                          The address a QR code opens, with {tutorialId} and
                          {stepId} in it, for example
                          'https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}'
                          Without it, no QR code is printed.
  --step-qr               Also print a QR code beside every step.
  --paper <a4|a5>         The paper size (default a4).
  -o, --output <file>     Where to write the HTML (default handbook.html).
  --pdf <file>            Also print it to a PDF, with the Chrome or Chromium
                          installed on this computer.
  --chrome <program>      The Chrome or Chromium to print with (or set
                          CHROME_PATH). Without either, the usual places
                          are tried.
  -h, --help              Show this help.

Examples:
  guidepost handbook vneid.json
  guidepost handbook vneid.json --lang en --paper a5 -o vneid-a5.html
  guidepost handbook vneid.json --pdf vneid.pdf --url-template 'https://dichvucong.example/hd.html?t={tutorialId}&step={stepId}'

Exit codes: 0 made; 1 the file has problems, or the PDF could not be printed;
2 the command was typed wrong.`;
