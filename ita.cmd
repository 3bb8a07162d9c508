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
java %ITA_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
