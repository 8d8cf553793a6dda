// Package report renders what dendai computes for people: the score of an
// assessment under a policy, with its gates, group scores and the improvements
// that matter most, and the comparison of two results. Every label comes from
// the i18n catalog, in Japanese or English.
package report
