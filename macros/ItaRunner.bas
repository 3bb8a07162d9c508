Attribute VB_Name = "ItaRunner"
' Runs ita-analyzer from Excel.
'   RunItaAnalyzer          analyses the active workbook and opens the analysis workbook
'   RunItaAnalyzerOnFolder  asks for a folder, analyses every ITA file in it, opens the output folder
'   ItaSetJarPath           remembers where ita-analyzer.jar is (per Windows user)
'   ItaSetJavaPath          remembers which java to use, when java is not found by itself
' The jar is looked up in: a cell named ITA_JAR in the active workbook, then in this workbook, the
' remembered setting, ita-analyzer.jar next to the active workbook, then next to this workbook.
' Java is started directly (no cmd.exe) with a hidden window, and Excel waits for it to end.
' Messages are Thai, written as \uXXXX escapes (see ItaText) so this file stays plain ASCII; they are
' shown with WScript.Shell.Popup, which shows Thai whatever the Windows language for non-Unicode
' programs, where MsgBox would show question marks.
Option Explicit

Private Const APP_NAME As String = "ita-analyzer"
Private Const SETTINGS_SECTION As String = "Settings"
Private Const JAR_FILE As String = "ita-analyzer.jar"
Private Const JAR_NAME As String = "ITA_JAR"
Private Const FOLDER_PICKER As Long = 4          ' msoFileDialogFolderPicker
Private Const FILE_PICKER As Long = 3            ' msoFileDialogFilePicker
Private Const POPUP_FOREGROUND As Long = &H10000 ' vbMsgBoxSetForeground
Private Const WINDOW_HIDDEN As Long = 0

' no workbook is open
Private Const M_NO_WORKBOOK As String = "\u0E44\u0E21\u0E48\u0E21\u0E35\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E17\u0E35\u0E48\u0E40\u0E1B\u0E34\u0E14\u0E2D\u0E22\u0E39\u0E48 \u0E43\u0E2B\u0E49\u0E40\u0E1B\u0E34\u0E14\u0E44\u0E1F\u0E25\u0E4C\u0E1C\u0E25 ITA \u0E01\u0E48\u0E2D\u0E19 \u0E41\u0E25\u0E49\u0E27\u0E40\u0E23\u0E35\u0E22\u0E01\u0E04\u0E33\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07"
' the workbook has never been saved
Private Const M_NEVER_SAVED As String = "\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E40\u0E04\u0E22\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E40\u0E1B\u0E47\u0E19\u0E44\u0E1F\u0E25\u0E4C \u0E43\u0E2B\u0E49\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E01\u0E48\u0E2D\u0E19 \u0E41\u0E25\u0E49\u0E27\u0E40\u0E23\u0E35\u0E22\u0E01\u0E04\u0E33\u0E2A\u0E31\u0E48\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07"
' unsaved changes: save first? yes = save, no = use the saved file, cancel = stop
Private Const M_ASK_SAVE As String = "\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E19\u0E35\u0E49\u0E21\u0E35\u0E01\u0E32\u0E23\u0E41\u0E01\u0E49\u0E44\u0E02\u0E17\u0E35\u0E48\u0E22\u0E31\u0E07\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01 \u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E01\u0E48\u0E2D\u0E19\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E2B\u0E23\u0E37\u0E2D\u0E44\u0E21\u0E48?\n\n\u0E43\u0E0A\u0E48 = \u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E41\u0E25\u0E49\u0E27\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\n\u0E44\u0E21\u0E48 = \u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E44\u0E1F\u0E25\u0E4C\u0E17\u0E35\u0E48\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E44\u0E27\u0E49\u0E25\u0E48\u0E32\u0E2A\u0E38\u0E14\n\u0E22\u0E01\u0E40\u0E25\u0E34\u0E01 = \u0E44\u0E21\u0E48\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C"
' could not save the workbook
Private Const M_SAVE_FAILED As String = "\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08: "
' the jar was not found, how to set it
Private Const M_NO_JAR As String = "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21 ita-analyzer.jar\n\n\u0E17\u0E33\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E43\u0E14\u0E2D\u0E22\u0E48\u0E32\u0E07\u0E2B\u0E19\u0E36\u0E48\u0E07:\n1. \u0E27\u0E32\u0E07\u0E44\u0E1F\u0E25\u0E4C ita-analyzer.jar \u0E44\u0E27\u0E49\u0E43\u0E19\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E40\u0E14\u0E35\u0E22\u0E27\u0E01\u0E31\u0E1A\u0E2A\u0E21\u0E38\u0E14\u0E07\u0E32\u0E19\n2. \u0E40\u0E23\u0E35\u0E22\u0E01\u0E41\u0E21\u0E42\u0E04\u0E23 ItaSetJarPath \u0E41\u0E25\u0E49\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E1F\u0E25\u0E4C jar\n3. \u0E15\u0E31\u0E49\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E0A\u0E48\u0E27\u0E07 ITA_JAR \u0E43\u0E2B\u0E49\u0E40\u0E0B\u0E25\u0E25\u0E4C\u0E17\u0E35\u0E48\u0E40\u0E01\u0E47\u0E1A\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E44\u0E1F\u0E25\u0E4C jar"
' the configured jar does not exist
Private Const M_JAR_SETTING_MISSING As String = "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E44\u0E1F\u0E25\u0E4C jar \u0E15\u0E32\u0E21\u0E15\u0E33\u0E41\u0E2B\u0E19\u0E48\u0E07\u0E17\u0E35\u0E48\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E44\u0E27\u0E49: "
' a path has a character that cannot be passed
Private Const M_UNSAFE As String = "\u0E2A\u0E48\u0E07\u0E0A\u0E37\u0E48\u0E2D\u0E44\u0E1F\u0E25\u0E4C\u0E2B\u0E23\u0E37\u0E2D\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E19\u0E35\u0E49\u0E43\u0E2B\u0E49\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E40\u0E1E\u0E23\u0E32\u0E30\u0E21\u0E35\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E2B\u0E21\u0E32\u0E22 % \u0E2B\u0E23\u0E37\u0E2D\u0E2D\u0E31\u0E01\u0E02\u0E23\u0E30\u0E04\u0E27\u0E1A\u0E04\u0E38\u0E21 \u0E43\u0E2B\u0E49\u0E40\u0E1B\u0E25\u0E35\u0E48\u0E22\u0E19\u0E0A\u0E37\u0E48\u0E2D\u0E41\u0E25\u0E49\u0E27\u0E25\u0E2D\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07:\n"
' java could not be started
Private Const M_NO_JAVA As String = "\u0E40\u0E23\u0E35\u0E22\u0E01\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21 Java \u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 \u0E43\u0E2B\u0E49\u0E15\u0E34\u0E14\u0E15\u0E31\u0E49\u0E07 Java 17 \u0E02\u0E36\u0E49\u0E19\u0E44\u0E1B \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E23\u0E35\u0E22\u0E01\u0E41\u0E21\u0E42\u0E04\u0E23 ItaSetJavaPath \u0E41\u0E25\u0E49\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E1F\u0E25\u0E4C javaw.exe"
' status bar while running
Private Const M_RUNNING As String = "\u0E01\u0E33\u0E25\u0E31\u0E07\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E1C\u0E25 ITA \u0E01\u0E23\u0E38\u0E13\u0E32\u0E23\u0E2D\u0E2A\u0E31\u0E01\u0E04\u0E23\u0E39\u0E48 ..."
' folder picker title
Private Const M_PICK_FOLDER As String = "\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E17\u0E35\u0E48\u0E40\u0E01\u0E47\u0E1A\u0E44\u0E1F\u0E25\u0E4C\u0E1C\u0E25 ITA"
' jar picker title
Private Const M_PICK_JAR As String = "\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E1F\u0E25\u0E4C ita-analyzer.jar"
' java picker title
Private Const M_PICK_JAVA As String = "\u0E40\u0E25\u0E37\u0E2D\u0E01\u0E44\u0E1F\u0E25\u0E4C javaw.exe \u0E2B\u0E23\u0E37\u0E2D java.exe"
' setting saved
Private Const M_SAVED_SETTING As String = "\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u0E01\u0E32\u0E23\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32\u0E41\u0E25\u0E49\u0E27: "
' label before the result file
Private Const M_RESULT_FILE As String = "\u0E44\u0E1F\u0E25\u0E4C\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C: "
' label before the output folder
Private Const M_OUT_FOLDER As String = "\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E1C\u0E25\u0E25\u0E31\u0E1E\u0E18\u0E4C: "
' no new xlsx found
Private Const M_NO_RESULT As String = "\u0E44\u0E21\u0E48\u0E1E\u0E1A\u0E44\u0E1F\u0E25\u0E4C\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C (.xlsx) \u0E17\u0E35\u0E48\u0E2A\u0E23\u0E49\u0E32\u0E07\u0E43\u0E2B\u0E21\u0E48\u0E43\u0E19\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E1C\u0E25\u0E25\u0E31\u0E1E\u0E18\u0E4C"
' label before the command line
Private Const M_COMMAND As String = "\u0E04\u0E33\u0E2A\u0E31\u0E48\u0E07\u0E17\u0E35\u0E48\u0E43\u0E0A\u0E49: "
' exit 0
Private Const M_EXIT_0 As String = "\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E40\u0E2A\u0E23\u0E47\u0E08\u0E40\u0E23\u0E35\u0E22\u0E1A\u0E23\u0E49\u0E2D\u0E22"
' exit 3
Private Const M_EXIT_3 As String = "\u0E27\u0E34\u0E40\u0E04\u0E23\u0E32\u0E30\u0E2B\u0E4C\u0E40\u0E2A\u0E23\u0E47\u0E08 \u0E41\u0E15\u0E48\u0E21\u0E35\u0E1A\u0E32\u0E07\u0E44\u0E1F\u0E25\u0E4C\u0E17\u0E35\u0E48\u0E2D\u0E48\u0E32\u0E19\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49 (\u0E23\u0E2B\u0E31\u0E2A 3) \u0E14\u0E39\u0E23\u0E32\u0E22\u0E25\u0E30\u0E40\u0E2D\u0E35\u0E22\u0E14\u0E43\u0E19\u0E23\u0E32\u0E22\u0E07\u0E32\u0E19\u0E1C\u0E25\u0E01\u0E32\u0E23\u0E17\u0E33\u0E07\u0E32\u0E19\u0E43\u0E19\u0E42\u0E1F\u0E25\u0E40\u0E14\u0E2D\u0E23\u0E4C\u0E1C\u0E25\u0E25\u0E31\u0E1E\u0E18\u0E4C"
' exit 2
Private Const M_EXIT_2 As String = "\u0E04\u0E33\u0E2A\u0E31\u0E48\u0E07\u0E44\u0E21\u0E48\u0E16\u0E39\u0E01\u0E15\u0E49\u0E2D\u0E07 (\u0E23\u0E2B\u0E31\u0E2A 2) \u0E15\u0E23\u0E27\u0E08\u0E2A\u0E2D\u0E1A\u0E27\u0E48\u0E32\u0E44\u0E1F\u0E25\u0E4C jar \u0E40\u0E1B\u0E47\u0E19\u0E23\u0E38\u0E48\u0E19\u0E17\u0E35\u0E48\u0E43\u0E0A\u0E49\u0E01\u0E31\u0E1A\u0E41\u0E21\u0E42\u0E04\u0E23\u0E19\u0E35\u0E49 \u0E41\u0E25\u0E49\u0E27\u0E25\u0E2D\u0E07\u0E40\u0E23\u0E35\u0E22\u0E01\u0E04\u0E33\u0E2A\u0E31\u0E48\u0E07\u0E14\u0E49\u0E32\u0E19\u0E25\u0E48\u0E32\u0E07\u0E43\u0E19\u0E2B\u0E19\u0E49\u0E32\u0E15\u0E48\u0E32\u0E07 Command Prompt \u0E40\u0E1E\u0E37\u0E48\u0E2D\u0E14\u0E39\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21"
' exit 1
Private Const M_EXIT_1 As String = "\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E40\u0E01\u0E34\u0E14\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E20\u0E32\u0E22\u0E43\u0E19 (\u0E23\u0E2B\u0E31\u0E2A 1) \u0E25\u0E2D\u0E07\u0E40\u0E23\u0E35\u0E22\u0E01\u0E04\u0E33\u0E2A\u0E31\u0E48\u0E07\u0E14\u0E49\u0E32\u0E19\u0E25\u0E48\u0E32\u0E07\u0E43\u0E19 Command Prompt \u0E42\u0E14\u0E22\u0E40\u0E1E\u0E34\u0E48\u0E21 --debug \u0E15\u0E48\u0E2D\u0E17\u0E49\u0E32\u0E22 \u0E41\u0E25\u0E49\u0E27\u0E2A\u0E48\u0E07\u0E02\u0E49\u0E2D\u0E04\u0E27\u0E32\u0E21\u0E17\u0E35\u0E48\u0E44\u0E14\u0E49\u0E43\u0E2B\u0E49\u0E1C\u0E39\u0E49\u0E14\u0E39\u0E41\u0E25\u0E23\u0E30\u0E1A\u0E1A"
' other exit code
Private Const M_EXIT_OTHER As String = "\u0E42\u0E1B\u0E23\u0E41\u0E01\u0E23\u0E21\u0E08\u0E1A\u0E01\u0E32\u0E23\u0E17\u0E33\u0E07\u0E32\u0E19\u0E14\u0E49\u0E27\u0E22\u0E23\u0E2B\u0E31\u0E2A "

' Analyses the active workbook: saves it first when it has unsaved changes (after asking), runs
' the program on it and opens the analysis workbook it wrote.
Public Sub RunItaAnalyzer()
    Dim wb As Object, answer As Long
    Set wb = Nothing
    On Error Resume Next
    Set wb = Application.ActiveWorkbook
    On Error GoTo 0
    If wb Is Nothing Then
        Say ItaText(M_NO_WORKBOOK), vbExclamation
        Exit Sub
    End If
    If wb.Path = "" Then
        Say ItaText(M_NEVER_SAVED), vbExclamation
        Exit Sub
    End If
    If Not wb.Saved Then
        answer = Say(ItaText(M_ASK_SAVE), vbYesNoCancel + vbQuestion)
        If answer <> vbYes And answer <> vbNo Then Exit Sub
        If answer = vbYes Then
            On Error Resume Next
            wb.Save
            If Err.Number <> 0 Then
                Say ItaText(M_SAVE_FAILED) & Err.Description, vbExclamation
                Exit Sub
            End If
            On Error GoTo 0
        End If
    End If
    RunOn wb.FullName, True
End Sub

' Asks for a folder and analyses every ITA file in it; opens the output folder.
Public Sub RunItaAnalyzerOnFolder()
    Dim folder As String, dialog As Object
    Set dialog = Application.FileDialog(FOLDER_PICKER)
    dialog.Title = ItaText(M_PICK_FOLDER)
    dialog.AllowMultiSelect = False
    If Not Application.ActiveWorkbook Is Nothing Then
        If Application.ActiveWorkbook.Path <> "" Then dialog.InitialFileName = Application.ActiveWorkbook.Path & "\"
    End If
    If dialog.Show <> -1 Then Exit Sub
    folder = dialog.SelectedItems(1)
    RunOn folder, False
End Sub

' Remembers the location of ita-analyzer.jar for this Windows user.
Public Sub ItaSetJarPath()
    Dim chosen As String
    chosen = PickFile(ItaText(M_PICK_JAR), "Java archive", "*.jar")
    If chosen = "" Then Exit Sub
    SaveSetting APP_NAME, SETTINGS_SECTION, "JarPath", chosen
    Say ItaText(M_SAVED_SETTING) & chosen, vbInformation
End Sub

' Remembers which java program to run, for a computer where java is not on the PATH.
Public Sub ItaSetJavaPath()
    Dim chosen As String
    chosen = PickFile(ItaText(M_PICK_JAVA), "Java", "*.exe")
    If chosen = "" Then Exit Sub
    SaveSetting APP_NAME, SETTINGS_SECTION, "JavaPath", chosen
    Say ItaText(M_SAVED_SETTING) & chosen, vbInformation
End Sub

' The Thai message for the program's exit code: 0 done, 3 done but some files were rejected,
' 2 a usage error, 1 an internal error.
Public Function ItaOutcomeMessage(ByVal exitCode As Long) As String
    Select Case exitCode
        Case 0
            ItaOutcomeMessage = ItaText(M_EXIT_0)
        Case 3
            ItaOutcomeMessage = ItaText(M_EXIT_3)
        Case 2
            ItaOutcomeMessage = ItaText(M_EXIT_2)
        Case 1
            ItaOutcomeMessage = ItaText(M_EXIT_1)
        Case Else
            ItaOutcomeMessage = ItaText(M_EXIT_OTHER) & exitCode
    End Select
End Function

' ---- running -------------------------------------------------------------------------------------

Private Sub RunOn(ByVal inputPath As String, ByVal openWorkbook As Boolean)
    Dim jar As String, java As String, outDir As String, cmd As Variant, exitCode As Long
    Dim started As Date, result As String, message As String, bad As String
    jar = FindJar()
    If jar = "" Then Exit Sub
    java = JavaProgram()
    outDir = ItaDefaultOutDir(inputPath)
    bad = FirstUnsafe(Array(java, jar, inputPath, outDir))
    If bad <> "" Then
        Say ItaText(M_UNSAFE) & bad, vbExclamation
        Exit Sub
    End If
    cmd = ItaCommandLine(java, PathForJava(jar), PathForJava(inputPath), PathForJava(outDir), Empty)
    If IsError(cmd) Then
        Say ItaText(M_UNSAFE) & inputPath, vbExclamation
        Exit Sub
    End If
    started = Now
    Application.StatusBar = ItaText(M_RUNNING)
    DoEvents
    ' Run and wait rather than Exec and poll: Exec hands java output pipes that nobody reads while
    ' Excel waits, and java stalls once one fills up (many rejected files write many lines)
    On Error Resume Next
    exitCode = CreateObject("WScript.Shell").Run(cmd, WINDOW_HIDDEN, True)
    If Err.Number <> 0 Then
        Application.StatusBar = False
        Say ItaText(M_NO_JAVA) & vbLf & vbLf & ItaText(M_COMMAND) & cmd, vbExclamation
        Exit Sub
    End If
    On Error GoTo 0
    Application.StatusBar = False
    message = ItaOutcomeMessage(exitCode)
    If exitCode = 0 Or exitCode = 3 Then
        result = NewestWorkbook(outDir, DateAdd("s", -2, started))
        If openWorkbook And result <> "" Then
            Say message & vbLf & vbLf & ItaText(M_RESULT_FILE) & result, vbInformation
            Application.Workbooks.Open result
        Else
            If result = "" Then message = message & vbLf & ItaText(M_NO_RESULT)
            Say message & vbLf & vbLf & ItaText(M_OUT_FOLDER) & outDir, vbInformation
            OpenFolder outDir
        End If
    Else
        Say message & vbLf & vbLf & ItaText(M_COMMAND) & cmd, vbExclamation
    End If
End Sub

' The jar to run, or "" after telling the user how to set it.
Private Function FindJar() As String
    Dim candidates As Collection, c As Variant, configured As String
    Set candidates = New Collection
    configured = NamedPath(Application.ActiveWorkbook)
    If configured = "" Then configured = NamedPath(ThisWorkbook)
    If configured = "" Then configured = GetSetting(APP_NAME, SETTINGS_SECTION, "JarPath", "")
    If configured <> "" Then
        If FileExists(configured) Then
            FindJar = configured
        Else
            Say ItaText(M_JAR_SETTING_MISSING) & configured, vbExclamation
            FindJar = ""
        End If
        Exit Function
    End If
    If Not Application.ActiveWorkbook Is Nothing Then
        If Application.ActiveWorkbook.Path <> "" Then candidates.Add Application.ActiveWorkbook.Path & "\" & JAR_FILE
    End If
    If ThisWorkbook.Path <> "" Then candidates.Add ThisWorkbook.Path & "\" & JAR_FILE
    For Each c In candidates
        If FileExists(CStr(c)) Then
            FindJar = CStr(c)
            Exit Function
        End If
    Next c
    Say ItaText(M_NO_JAR), vbExclamation
    FindJar = ""
End Function

' The path in the cell named ITA_JAR of a workbook, or "".
Private Function NamedPath(ByVal wb As Object) As String
    Dim v As Variant
    NamedPath = ""
    If wb Is Nothing Then Exit Function
    On Error Resume Next
    v = wb.Names(JAR_NAME).RefersToRange.Value
    If Err.Number = 0 Then
        If VarType(v) = vbString Then NamedPath = Trim$(v)
    End If
    On Error GoTo 0
End Function

' The java program: the remembered one, javaw.exe under JAVA_HOME, or javaw.exe on the PATH.
Private Function JavaProgram() As String
    Dim configured As String, home As String
    configured = GetSetting(APP_NAME, SETTINGS_SECTION, "JavaPath", "")
    If configured <> "" Then
        If FileExists(configured) Then
            JavaProgram = configured
            Exit Function
        End If
    End If
    home = CreateObject("WScript.Shell").ExpandEnvironmentStrings("%JAVA_HOME%")
    If home <> "%JAVA_HOME%" And home <> "" Then
        If FileExists(home & "\bin\javaw.exe") Then
            JavaProgram = home & "\bin\javaw.exe"
            Exit Function
        End If
    End If
    ' no console window; CreateProcess finds it on the PATH
    JavaProgram = "javaw.exe"
End Function

' The java launcher reads its arguments in the Windows code page for non-Unicode programs; a path
' with letters outside it (Thai on a computer set to English) is given by its short 8.3 name.
Private Function PathForJava(ByVal path As String) As String
    Dim fso As Object, shortPath As String, parent As String
    PathForJava = path
    If IsAscii(path) Then Exit Function
    Set fso = CreateObject("Scripting.FileSystemObject")
    On Error Resume Next
    If fso.FileExists(path) Then
        shortPath = fso.GetFile(path).ShortPath
    ElseIf fso.FolderExists(path) Then
        shortPath = fso.GetFolder(path).ShortPath
    Else
        ' the output folder may not exist yet: shorten its parent, keep its ASCII name
        parent = fso.GetParentFolderName(path)
        If fso.FolderExists(parent) And IsAscii(fso.GetFileName(path)) Then
            shortPath = fso.GetFolder(parent).ShortPath & "\" & fso.GetFileName(path)
        End If
    End If
    On Error GoTo 0
    If shortPath <> "" And IsAscii(shortPath) Then PathForJava = shortPath
End Function

' The newest .xlsx under a folder (any depth) written at or after a time, or "".
Private Function NewestWorkbook(ByVal folder As String, ByVal since As Date) As String
    Dim fso As Object, best As String, bestTime As Date
    Set fso = CreateObject("Scripting.FileSystemObject")
    If Not fso.FolderExists(folder) Then
        NewestWorkbook = ""
        Exit Function
    End If
    bestTime = since
    SearchNewest fso.GetFolder(folder), best, bestTime
    NewestWorkbook = best
End Function

Private Sub SearchNewest(ByVal folder As Object, ByRef best As String, ByRef bestTime As Date)
    Dim f As Object, child As Object
    For Each f In folder.Files
        If LCase$(Right$(f.Name, 5)) = ".xlsx" And Left$(f.Name, 2) <> "~$" Then
            If f.DateLastModified >= bestTime Then
                best = f.Path
                bestTime = f.DateLastModified
            End If
        End If
    Next f
    For Each child In folder.SubFolders
        SearchNewest child, best, bestTime
    Next child
End Sub

' ---- dialogs and files ---------------------------------------------------------------------------

' A message box that shows Thai; returns the button pressed (vbYes, vbNo, vbCancel, vbOK).
Private Function Say(ByVal text As String, ByVal buttons As Long) As Long
    Say = CreateObject("WScript.Shell").Popup(text, 0, APP_NAME, buttons + POPUP_FOREGROUND)
End Function

Private Function PickFile(ByVal title As String, ByVal filterName As String, ByVal pattern As String) As String
    Dim dialog As Object
    Set dialog = Application.FileDialog(FILE_PICKER)
    dialog.Title = title
    dialog.AllowMultiSelect = False
    dialog.Filters.Clear
    dialog.Filters.Add filterName, pattern
    If dialog.Show = -1 Then PickFile = dialog.SelectedItems(1) Else PickFile = ""
End Function

Private Sub OpenFolder(ByVal folder As String)
    On Error Resume Next
    CreateObject("Shell.Application").Open CVar(folder)
End Sub

Private Function FileExists(ByVal path As String) As Boolean
    FileExists = CreateObject("Scripting.FileSystemObject").FileExists(path)
End Function

' The first path that cannot be passed to the program, or "".
Private Function FirstUnsafe(ByVal paths As Variant) As String
    Dim p As Variant
    FirstUnsafe = ""
    For Each p In paths
        If ItaUnsafeReason(CStr(p)) <> "" Then
            FirstUnsafe = CStr(p)
            Exit Function
        End If
    Next p
End Function

Private Function IsAscii(ByVal s As String) As Boolean
    Dim i As Long
    IsAscii = True
    For i = 1 To Len(s)
        If AscW(Mid$(s, i, 1)) > 126 Or AscW(Mid$(s, i, 1)) < 0 Then
            IsAscii = False
            Exit Function
        End If
    Next i
End Function
