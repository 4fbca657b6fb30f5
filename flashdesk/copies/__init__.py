"""The copy library (文案库): copy templates with campaign variables, the compliance lint
shared with posters, and Chinese full-text search."""
