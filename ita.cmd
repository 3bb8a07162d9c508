@echo off
rem Runs ita-analyzer; builds the jar first when it is missing.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\ita-analyzer.jar"
if not exist "%JAR%" (
  echo ita: building the program ^(first run takes a minute^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package
  if errorlevel 1 ( popd & exit /b 1 )
  popd
)
chcp 65001 >nul
rem the serial collector and the quick compiler, unless ITA_JAVA_OPTS names others (see the ita script)
set "GC=-XX:+UseSerialGC"
echo(%ITA_JAVA_OPTS%| findstr /R /C:"-XX:+Use.*GC" >nul && set "GC="
set "QUICK=-XX:TieredStopAtLevel=1 -Dita.quickstart=true"
echo(%ITA_JAVA_OPTS%| findstr /C:"Tiered" >nul && set "QUICK="
java %GC% %QUICK% %ITA_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
