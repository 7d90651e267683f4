## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Language
# $problem: why the server did not take the choice.
language-not-remembered = Your choice is not remembered: { $problem }
