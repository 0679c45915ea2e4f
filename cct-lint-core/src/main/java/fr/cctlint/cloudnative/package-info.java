/**
 * The CCT's Cloud Native requirements (EX1 to EX58): the requirements as data ({@link fr.cctlint.cloudnative.Requirements},
 * read from {@code rules/cloud-native/requirements.yaml}), the automated checks that files can show
 * ({@link fr.cctlint.cloudnative.check}), and the reviewer's grid that puts both together.
 */
package fr.cctlint.cloudnative;
