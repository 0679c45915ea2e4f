/**
 * Reading and writing the published and generated text files cct-lint's data comes from: front matter, Markdown
 * pipe tables, line-by-line UTF-8 decoding, and the deterministic YAML of generated data files. Shared by the
 * referential and Cloud Native requirements importers.
 */
package fr.cctlint.text;
