@echo off
rem The kassa command of an installed Kassa: runs Kassa.exe in CLI mode and waits for its exit code.
start "" /wait /b "%~dp0..\..\Kassa.exe" --cli %*
exit /b %errorlevel%
