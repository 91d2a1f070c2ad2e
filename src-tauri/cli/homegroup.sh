#!/bin/sh
# /usr/bin/homegroup in the .deb: the app's own binary answers as the command line, so
# the package carries the core once.
exec /usr/bin/homegroup-desktop --cli "$@"
