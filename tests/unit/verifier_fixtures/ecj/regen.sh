#!/bin/sh
# Regenerates the ecj-compiled fixtures (needs the Eclipse compiler: apt-get install ecj).
# jsr/ret subroutines: class files 45.3 (-target 1.1) and 48 (-target 1.4);
# CLDC preverified (StackMap attribute): -target cldc1.1 (45.3).
set -e
cd "$(dirname "$0")"
rm -rf jsr45 jsr48 cldc
ecj -nowarn -source 1.3 -target 1.1 -d jsr45 src/Finally.java src/Midlet.java
ecj -nowarn -source 1.4 -target 1.4 -d jsr48 src/Finally.java src/Midlet.java
ecj -nowarn -source 1.3 -target cldc1.1 -d cldc src/Finally.java src/Midlet.java
