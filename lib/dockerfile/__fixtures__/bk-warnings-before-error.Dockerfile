
FROM scratch AS BadStageName
MAINTAINER me@example.org
BADCMD
