import { readFileSync } from 'node:fs';

/** The tool's version, from package.json. */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const MAIN_HELP = `newsfacts ${VERSION}: saved Chinese and Arabic news pages → money, date and percent facts

Usage:
  newsfacts extract <files|dirs…> --out <dir> [--ref-date DATE] [--check | --pending]
                    [--resume] [--jobs N] [--shard i/n] [--site-rules rules.json]
                    [--country CC] [--quiet | --verbose] [--report-warnings FILE]
  newsfacts extract <file> [--ref-date DATE]         one page: its article JSON on stdout
  newsfacts extract --jsonl [--ref-date DATE] [--country CC]
                                                      < records.jsonl > facts.jsonl
  newsfacts fetch <url…> | --list urls.txt --into <dir>
                                                      save pages from the web, as the server sent them
  newsfacts diff <old> <new> | --git <rev> [dir] | --pending [dir]
                                                      what changed, fact by fact
  newsfacts review [dir] [--list | --accept <glob> | --reject <glob> | --accept-all]
                                                      accept or reject what extract --pending proposed
  newsfacts report <dir> [--against <old>] [--all] --html <file>
                                                      one HTML page to review a run in a browser
  newsfacts table <dir|files…> [--format csv|tsv|jsonl|parquet] [--out file]
                                                      every fact as one row, for spreadsheets, pandas, DuckDB
  newsfacts schema                                    print the output format as JSON Schema
  newsfacts <command> --help                          help for one command

Options:
  -h, --help       show help
  -v, --version    show the version

Exit codes: 0 success, 1 some inputs failed (the others were written), --check
found differences, diff found differences or review left changes pending,
2 bad usage (a mistyped option, a missing input, an --out that cannot be
written) or unreadable input to diff/review/report/table.`;

export const EXTRACT_HELP = `Usage:
  newsfacts extract <files|dirs…> --out <dir> [options]
  newsfacts extract <file> [options]              its article JSON on stdout
  newsfacts extract --jsonl [options] < in.jsonl > out.jsonl

Reads saved pages (.html, .htm, .txt, or no extension: sniffed), decodes them
(BOM, declared charset, or a guess among UTF-8, GB18030, Big5, windows-1256),
removes boilerplate, detects language and script, and writes one facts JSON per
article: <out>/<input name without extension>.json. Folders are read
recursively; a symbolic link in one is followed only to a file inside it, and
no file is read past --max-size. Two inputs with the same name get their folder path in the output
name (a__b__name.json). Files are written atomically: an interrupted or killed
run leaves whole files or none.

A file that cannot be extracted is reported on stderr as it happens, with a
code, and the rest go on: not-found, unreadable, empty, too-large, binary,
undecodable, too-many-facts (over 20,000 figures: not an article),
name-collision (two inputs would share an output), extract-failed (a bug),
write-failed. <out>/.newsfacts/run.json records the
run: version, options, counts, every failure, and what was done (for --resume).
An article written with a doubt is named on stderr with its warnings and
counted in the summary: empty-text (no article text found), short-text (part
of the article may be missing), no-ref-date (relative dates left null),
lang-und (language not recognised); the run record lists the files per warning.
The summary's second line counts what to look at: failures, articles with no
facts, empty or short text, no reference date, unresolved dates (value null),
lang-und. On a terminal, a progress bar (files done, rate, time left) is drawn
on stderr while it runs. Ctrl-C stops between two files, prints a partial
summary and exits 130.

One file without --out: its article JSON is written to stdout and nothing
else is (newsfacts extract page.html | jq .facts); no folder, no run record.

A missing input path, a mistyped option or an --out that cannot be written
(checked first, with a probe file and a time limit) is one line on stderr and
exit 2, before anything is written.

Options:
  --out <dir>            folder for the JSON files (created if missing); without
                         it, one file's article goes to stdout
  --ref-date <date>      resolve relative dates (去年, العام الماضي) against this
                         date when a page prints no publication date; it also
                         gives the year of a dateline (本报上海3月2日讯). A date
                         (2025-06-19) or a date-time (2025-06-19T08:00,
                         …T08:00:00Z, …T08:00+08:00): its day, as written, is
                         the reference. A fetch sidecar (<name>.meta.json)
                         gives each page its own when this is not given
  --country <CC>         the country the texts are about (ISO 3166-1 code: SA,
                         EG, LY, HK, TW…): decides a bare currency word (元,
                         $, ريال, جنيه, دينار, درهم, ليرة) it can mean, before
                         what the text or its address says. Without it a bare
                         word takes the currency of the country the text
                         names (or of the page's outlet or country domain),
                         and stays null when nothing decides; each figure's
                         "currencySource" says how (explicit, text, url, given)
  --check                write nothing; exit 1 if any output would differ from
                         what is in --out, or --out holds an output no input
                         gives any more, or a pending change waits there
                         (not reviewed, left over or stale): a CI gate for a
                         committed snapshot. Each differing output is named
                         with its counts (+added -removed ~changed) and up to
                         6 lines of the facts, as diff names them
  --pending              leave existing outputs alone: write
                         <out>/.newsfacts/pending/<name>.json for each one
                         that would change (or is new), to accept or reject
                         with "newsfacts review <out>"; an output that is
                         already current loses its proposal
  --resume               skip inputs whose bytes are unchanged since the last
                         run into --out by this version with the same options
                         (after a crash, a kill or Ctrl-C)
  --prune                delete outputs in --out that no input gives any more
                         (only files this tool wrote: other files stay)
                         (a page removed from the corpus); without it they are
                         only listed
  -q, --quiet            no progress bar, no per-file warnings, no summary:
                         failures only (and --check's differences)
  --verbose              name every file with something to look at, with all
                         its kinds (no-facts, unresolved-dates (n) too)
  --report-warnings <file>
                         write one JSON line per file to look at, sorted:
                           {"file", "output", "kinds": [...], "unresolvedDates",
                            "failure": null | {"code", "message"}}
                         kinds: the article's warnings, no-facts,
                         unresolved-dates, or failed (an empty file: nothing)
  --fail-fast            stop at the first file that fails (files other threads
                         are already running finish and are recorded)
  --max-size <size>      refuse files (with --jsonl: lines, in bytes) larger than
                         this (default 32MB; e.g. 500KB)
  -j, --jobs <n>         worker threads; 1: this thread only (default: one per 500
                         files, up to one per core: a thread pays for itself
                         only from a few hundred files)
  --shard <i>/<n>        only the inputs whose name hashes to i modulo n (0 <= i < n),
                         so n copies (GNU parallel, a Slurm array, a Kubernetes
                         indexed Job) together do one run; each writes
                         .newsfacts/run.shard-i-of-n.json
  --site-rules <file>    rules for sites you extract often, applied before the
                         general cleaner: a JSON list of
                           {"match": "example.com", "body": "article .content",
                            "drop": [".related", ".share"],
                            "title": "h1.headline", "published": "time[datetime]"}
                         with CSS selectors, all but match optional. match: a
                         host and its subdomains, optionally with a path prefix
                         (example.com/business/); the longest match wins. The
                         page's URL: the JSONL "url" or the fetch sidecar, else
                         its canonical link or og:url. body: keep only its text
                         (all of it but exact repeats); drop: remove first
                         (listed in "removed" as site-rule); title, published:
                         win over the page's own. A body that matches nothing:
                         the general cleaner, and warning site-rule-missed. The
                         article records the rule as "siteRule". A bad file:
                         one line on stderr, exit 2
  --jsonl                read JSON Lines on stdin, one article per line:
                           {"id", "text"?, "html"?, "lang"?, "published"?,
                            "refDate"?, "url"?, "country"?, "clean"?}
                         and write one line per input, in order: the article
                         plus "id" (a numeric id exactly as written), or
                         {"id", "error": {"code", "message"}}
  -h, --help             show this help

Exit codes: 0 success; 1 some files failed (the others were written) or
--check found differences; 2 bad usage (a missing input, an --out or
--report-warnings that cannot be written); 130 interrupted (Ctrl-C), 143 SIGTERM.

Examples:
  newsfacts extract corpus --out extracted
  newsfacts extract page.html --out out --ref-date 2025-06-19
  newsfacts extract page.html --ref-date 2025-06-19T08:00+08:00 | jq .facts
  newsfacts extract ~/archive --out facts --report-warnings look.jsonl
  newsfacts extract ~/archive --out facts --resume
  newsfacts extract pages/ --out facts --site-rules rules.json
  parallel newsfacts extract ~/archive --out facts --jobs 1 --shard {}/8 ::: 0 1 2 3 4 5 6 7
  echo '{"id":"a","text":"去年营收43亿元。","refDate":"2025-01-02","clean":false}' | newsfacts extract --jsonl`;

export const FETCH_HELP = `Usage:
  newsfacts fetch <url…> --into <dir> [options]
  newsfacts fetch --list urls.txt --into <dir> [options]

Downloads pages and saves the bytes exactly as the server sent them (no
re-encoding) as <dir>/<name>.html, with <dir>/<name>.meta.json beside each:
the URL asked for, the final URL after redirects, status, Content-Type and
its charset, Last-Modified, ETag and when it was fetched. <name> comes from
the URL (host and path, then a hash of the whole URL): safe, never the same
for two URLs, and the same on every fetch, so a re-fetch overwrites the copy.

"newsfacts extract" reads the sidecar: the HTTP charset when the page declares
none, the final URL as source.url (a whole day in its path, /2025/06/19/, is
the published date when the page gives none), and Last-Modified (else the
fetch time) as a last-resort reference date for relative dates; never as the
published date.

A second fetch into the same folder asks the server only for what changed
(If-None-Match / If-Modified-Since): a 304 keeps the saved copy. Only http
and https are fetched; redirects are followed up to --max-redirects, loops
are caught; 429 and 503 are retried after the server's Retry-After (or a
doubling backoff). Progress goes to stderr, one line per URL; failures are
listed again at the end. A failed URL never touches a copy saved before.

Options:
  --into <dir>             folder to save into (created if missing; required)
  --list <file>            read URLs from a file, one per line (# comments)
  --concurrency <n>        requests at once (default 8)
  --per-host <n>           requests at once to one host (default 2)
  --timeout <seconds>      per attempt, redirects included (default 30)
  --max-size <size>        abort bodies larger than this (default 10MB)
  --max-redirects <n>      (default 5)
  --retries <n>            after 429 / 503 or a dropped connection (default 3)
  --retry-base <ms>        first backoff without Retry-After, doubled each time (default 1000)
  --max-retry-wait <s>     give up when Retry-After asks for longer (default 120)
  -h, --help               show this help

The User-Agent names the tool: newsfacts/<version>.

Exit codes: 0 every URL saved or unchanged, 1 some failed (the others were
saved), 2 bad usage.

Example:
  newsfacts fetch --list urls.txt --into pages/
  newsfacts extract pages/ --out facts/`;

export const DIFF_HELP = `Usage:
  newsfacts diff <old> <new> [options]      two output folders, or two article files
  newsfacts diff --git <rev> [dir] [options] a folder (default extracted/) against
                                              its state at a git revision
  newsfacts diff --pending [dir] [options]  each pending change (from extract
                                              --pending) against <id>.json

Compares two runs fact by fact. Per article: facts added (+), removed (-),
changed (~: the same span with a new amount, currency, value, grain,
qualifier, per, text or rule) and moved (only the offsets changed: hidden
unless --moved), changes of lang, script, title and published, and body
paragraphs added or removed. Each fact is shown in its sentence, the span
marked [[like this]]. The text is aligned paragraph by paragraph first, so a
paragraph removed near the top does not make every later fact "changed".

Options:
  --git <rev>            compare [dir] with the same folder at git revision <rev>
                         (e.g. HEAD: what the last run changed in the snapshot)
  --json                 print one JSON document instead:
                           {"schemaVersion", "summary": {"articles", "compared",
                            "added", "removed", "changed", "moved"}, "articles": […]}
  --pending              compare each pending change of [dir] (default extracted/:
                         .newsfacts/pending/<id>.json, or an older folder's
                         <id>.new.json) with the accepted <id>.json (none: a new article), what
                         "newsfacts review" would ask about; other articles are
                         not compared
  --moved                also show facts whose offsets alone changed
  --lang <code>          only articles in this language (zh, ar)
  --kind <money|date|percent>
                         only facts of this kind (hides article fields and paragraphs)
  --article <glob>       only articles whose id (file name without .json) matches
  --color, --no-color    force colour on or off (default: on a terminal, unless
                         NO_COLOR is set; FORCE_COLOR turns it on)
  -h, --help             show this help

Exit codes (as GNU diff): 0 no differences, 1 differences, 2 trouble (bad
arguments, a missing, unreadable or schema-invalid file).

Examples:
  newsfacts diff --git HEAD
  newsfacts diff old-facts/ facts/ --kind money --lang zh
  newsfacts diff --git main extracted --json > changes.json
  newsfacts diff --pending extracted --kind money`;

export const REVIEW_HELP = `Usage:
  newsfacts review [dir]                 on a terminal: walk the pending changes
  newsfacts review [dir] --list [--json] list them with their fact counts
  newsfacts review [dir] --accept <id|glob> … | --reject <id|glob> …
  newsfacts review [dir] --accept-all | --reject-all

Reviews the changes "newsfacts extract … --out <dir> --pending" proposed: a
.newsfacts/pending/<id>.json for each <id>.json that would change (an
older folder's <id>.new.json is read too). dir defaults to
extracted/. On a terminal, each change is shown fact by fact (as newsfacts
diff) and you press a key:
  a accept   r reject   s skip   A / R / S: the same for all remaining   q quit
  i show / hide info (files, source, language, dates, each fact's rule)
  d show / hide the diff (hidden: only the counts)   ? list the keys
(as in cargo insta review; i and d stay as set for the next changes; any
other key is named and the valid ones listed).
Accepting replaces <id>.json with the proposal in one rename (atomic);
rejecting deletes the proposal; skipping keeps it for later. Without a
terminal nothing is asked: the pending ids are printed (exit 1 when there
are some), and the flags below decide.

Options:
  --list                 list pending changes (id, new/changed, +added -removed ~changed)
  --json                 with --list: one JSON document {"pending": […]}
  --accept <id|glob>     accept the matching changes (repeatable; * and ? as in a shell)
  --reject <id|glob>     reject the matching changes (repeatable)
  --accept-all           accept every pending change
  --reject-all           reject every pending change
  --color, --no-color    as for diff
  -h, --help             show this help

Exit codes: 0 done or nothing pending, 1 changes left pending without a
terminal to ask, 2 trouble (no such folder; a pattern that matches nothing,
checked before anything is decided, so nothing is; a pending file that is
not a valid article: it is left pending), 130 Ctrl-C.

Example:
  newsfacts extract corpus --out extracted --pending
  newsfacts review                       # or: newsfacts review --accept '00*'`;

export const REPORT_HELP = `Usage:
  newsfacts report <dir> [--against <old> [--all]] --html <file>

Writes one self-contained HTML file (no script, no network, no external
files) to review a run in a browser: an index of articles with their counts;
per article its language, script, published date and source URL (a link
when it is http or https), the cleaned text with money (yellow), dates (blue)
and percentages (purple) highlighted, a table of its facts with their
normalized values, what they are about and their rules (readable in print
and screenshots; hover or focus a highlight for the same), and the removed
boilerplate, collapsed.
Arabic is laid out right to left. Everything from the pages is escaped, so a
page quoting <script> shows it as text.

With --against, facts added (green outline) and changed (dashed; the tip
says what it was) are marked, the facts table says old → new for each
changed field, edited paragraphs show the words removed (struck) and added
(underlined), removed facts are listed under each article, and the index
counts them. A run of more than 50 articles then shows only the articles
that changed, and says how many it left out (--all shows every one).

Options:
  --html <file>          where to write the page (required)
  --against <old>        an older output folder (or article file) to compare
                         with, or git:<rev> for <dir> as it was at a git
                         revision (git:HEAD: what the last run changed)
  --all                  with --against, show every article, also in a run of
                         more than 50 (default there: only the changed ones)
  -h, --help             show this help

Chinese and Arabic need a font that has them (Debian: apt-get install
fonts-noto-cjk fonts-noto-core), or they show as empty boxes.

Exit codes: 0 written, 2 trouble (bad arguments, a missing, unreadable or
schema-invalid file).

Example:
  npm start && newsfacts report extracted --against git:HEAD --html review.html`;

export const TABLE_HELP = `Usage:
  newsfacts table <dir|files…> [--format csv|tsv|jsonl|parquet] [--out <file>]
                  [--bom] [--kind money|date|percent]
  newsfacts table --columns [--kind …]      list the columns: name, type, kinds, field

Writes every fact of an extract run as one row of a table: the article's
columns (id = file name without .json, file, url, lang, script, published,
refDate), then the fact's (kind, text, start, end, sentence, rule; money:
amount, exact, currency, currencySource, qualifier, min, max, per and its
measure's metric, subject, period; date: value, grain, relative, from, to,
calendar, hijri; percent: value, exact, unit, direction, basis, metric).
A column a fact's kind does not have is empty. The columns come from the
article schema (newsfacts schema); the README lists them.

A folder is read as extract writes it: its *.json files (not subfolders),
sorted by name; files named are read in the order given. Hidden files and
folders (.newsfacts/: run records, pending changes), fetch sidecars
(*.meta.json) and an older folder's _run*.json and *.new.json are never read as articles, so out/*.json is
safe; any other file that is not a valid article is named on stderr
("skipped: not an article: …") and the rest go on. Files written by older
releases (no currencySource, no measure) read as before.

Formats (the same folder always gives the same bytes):
  csv      RFC 4180, UTF-8, a header row, CRLF line ends; a field with a
           comma, quote, CR or LF is quoted, quotes doubled (sentences may hold
           line breaks: read with a CSV parser, not line by line)
  tsv      a header row, LF line ends; backslash, tab, LF and CR inside a field
           written as \\\\, \\t, \\n, \\r, so each row is one line
  jsonl    one flat JSON object per row, every column a key (null when empty);
           U+2028, U+2029 and U+0085 escaped
  parquet  one file, typed columns (offsets INT32, amount/min/max DOUBLE,
           relative BOOLEAN, the rest strings); needs --out or a redirect
Amounts: "exact" is the exact decimal string, never rounded; "amount" is the
same as a double. Keep "exact" a string where a reader guesses types
(pandas: dtype={"exact": str}; DuckDB: types={'exact': 'VARCHAR'}).

Options:
  --format <f>           csv (default), tsv, jsonl or parquet; without it, the
                         extension of --out decides (facts.parquet), else csv
  --out <file>           write there (atomically: a temporary file, then a
                         rename) instead of stdout
  --bom                  start with a UTF-8 byte order mark (csv, tsv), for Excel
  --kind <k>             only facts of this kind, and only the columns it has
  --columns              list the columns and exit
  -h, --help             show this help

Exit codes: 0 written (files skipped are named on stderr), 2 bad usage, a
missing or unreadable path, or an output that cannot be written.

Example:
  newsfacts extract corpus --out extracted
  newsfacts table extracted --format csv --out facts.csv
  newsfacts table extracted --kind money --out money.parquet`;

export const SCHEMA_HELP = `Usage: newsfacts schema

Prints the JSON Schema (draft 2020-12) of the per-article output files.`;

export const HELP: Record<string, string> = { extract: EXTRACT_HELP, fetch: FETCH_HELP, diff: DIFF_HELP, review: REVIEW_HELP, report: REPORT_HELP, table: TABLE_HELP, schema: SCHEMA_HELP };
