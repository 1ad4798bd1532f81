// STUB — the headless command line (issue 3): `analyze <files-or-folders>... [--json]`.
console.error('source-annotator: not implemented yet');
process.exit(2);
