Attribute VB_Name = "ItaCommand"
' The command line that runs ita-analyzer, built as text so it can be checked before it is run:
'   "<java>" -jar "<jar>" analyze "<input file or folder>" --out "<output folder>" --quiet [extra]
' Every argument is quoted the way the Microsoft C runtime (and so the java launcher) splits a
' command line: spaces, quotes, Thai letters and a trailing backslash arrive unchanged. The line is
' for CreateProcess or WScript.Shell, which start java directly; it is never given to cmd.exe, so
' & | < > ^ are plain characters. It can be tried in a cell: =ItaCommandLine("java", B1, B2, "").
Option Explicit

Private Const DEFAULT_OUT_FOLDER As String = "ita-output"

' The command line, or #VALUE! when an argument cannot be passed safely (see ItaUnsafeReason).
' extraArgs: a text of space-separated arguments, or an array or range with one argument each.
Public Function ItaCommandLine(javaExe As Variant, jarPath As Variant, inputPath As Variant, _
        outDir As Variant, Optional extraArgs As Variant) As Variant
    Dim java As Variant, jar As Variant, inPath As Variant, out As Variant, args As Collection
    Dim cmd As String, a As Variant
    On Error GoTo Failed
    java = PathArg(javaExe)
    jar = PathArg(jarPath)
    inPath = PathArg(inputPath)
    out = PathArg(outDir)
    If IsError(java) Or IsError(jar) Or IsError(inPath) Or IsError(out) Then GoTo Failed
    If java = "" Or jar = "" Or inPath = "" Then GoTo Failed
    ' the program name is split by CreateProcess's own rule: up to the next quote, no escapes
    If InStr(1, java, """") > 0 Then GoTo Failed
    If out = "" Then out = ItaDefaultOutDir(inPath)
    Set args = New Collection
    If Not IsMissing(extraArgs) Then
        If Not AddExtraArgs(extraArgs, args) Then GoTo Failed
    End If
    For Each a In Array(java, jar, inPath, out)
        If ItaUnsafeReason(CStr(a)) <> "" Then GoTo Failed
    Next a
    ' paths always quoted, fixed words bare
    cmd = """" & java & """ -jar " & ItaQuoteArgument(jar) & " analyze " & ItaQuoteArgument(inPath) _
        & " --out " & ItaQuoteArgument(out) & " --quiet"
    For Each a In args
        If ItaUnsafeReason(CStr(a)) <> "" Then GoTo Failed
        cmd = cmd & " " & ItaArgument(CStr(a))
    Next a
    ItaCommandLine = cmd
    Exit Function
Failed:
    ItaCommandLine = CVErr(ERR_VALUE)
End Function

' An extra argument as written on the command line: bare when it is a plain word such as --year
' or 2567, otherwise quoted (also anything with * or ?, which the java launcher on Windows
' would expand when bare).
Public Function ItaArgument(ByVal arg As String) As String
    Dim i As Long, c As String
    For i = 1 To Len(arg)
        c = Mid$(arg, i, 1)
        If Not ((c >= "a" And c <= "z") Or (c >= "A" And c <= "Z") Or (c >= "0" And c <= "9") _
                Or c = "-" Or c = "_" Or c = "." Or c = "=" Or c = "," Or c = "+") Then
            ItaArgument = ItaQuoteArgument(arg)
            Exit Function
        End If
    Next i
    If arg = "" Then ItaArgument = ItaQuoteArgument(arg) Else ItaArgument = arg
End Function

' One argument in double quotes for the Microsoft C runtime: a quote inside becomes \", the
' backslashes right before a quote (an inner one or the closing one) are doubled, other
' backslashes stay as they are ("C:\My Folder\" -> "C:\My Folder\\").
Public Function ItaQuoteArgument(ByVal arg As String) As String
    Dim i As Long, c As String, slashes As Long, out As String
    out = """"
    For i = 1 To Len(arg)
        c = Mid$(arg, i, 1)
        If c = "\" Then
            slashes = slashes + 1
        ElseIf c = """" Then
            out = out & String$(2 * slashes + 1, "\") & """"
            slashes = 0
        Else
            out = out & String$(slashes, "\") & c
            slashes = 0
        End If
    Next i
    ItaQuoteArgument = out & String$(2 * slashes, "\") & """"
End Function

' Why an argument cannot be passed, or "" when it can: a control character (a line break would
' end the command), or a percent sign (WScript.Shell expands %NAME% before it starts the program).
Public Function ItaUnsafeReason(ByVal arg As String) As String
    Dim i As Long, code As Long
    ItaUnsafeReason = ""
    For i = 1 To Len(arg)
        code = AscW(Mid$(arg, i, 1))
        If code < 32 Or code = 127 Then
            ItaUnsafeReason = "control character " & code & " at position " & i
            Exit Function
        ElseIf code = 37 Then
            ItaUnsafeReason = "% at position " & i
            Exit Function
        End If
    Next i
End Function

' The default output folder: ita-output next to the input file or folder.
Public Function ItaDefaultOutDir(ByVal inputPath As String) As String
    Dim p As Long
    Do While Len(inputPath) > 1 And (Right$(inputPath, 1) = "\" Or Right$(inputPath, 1) = "/")
        inputPath = Left$(inputPath, Len(inputPath) - 1)
    Loop
    p = InStrRev(inputPath, "\")
    If InStrRev(inputPath, "/") > p Then p = InStrRev(inputPath, "/")
    If p = 0 Then
        ItaDefaultOutDir = DEFAULT_OUT_FOLDER
    Else
        ItaDefaultOutDir = Left$(inputPath, p) & DEFAULT_OUT_FOLDER
    End If
End Function

' ---- arguments -----------------------------------------------------------------------------------

' A path argument as text; #VALUE! for a number, a date or an error; a path starting with "-"
' is refused, as the program would read it as an option.
Private Function PathArg(v As Variant) As Variant
    Dim arg As Variant
    arg = ItaArgValue(v)
    If IsEmpty(arg) Then
        PathArg = ""
    ElseIf VarType(arg) <> vbString Then
        PathArg = CVErr(ERR_VALUE)
    ElseIf Left$(arg, 1) = "-" Then
        PathArg = CVErr(ERR_VALUE)
    Else
        PathArg = CStr(arg)
    End If
End Function

' Adds the extra arguments to args; False when one is not text or a number.
Private Function AddExtraArgs(extraArgs As Variant, args As Collection) As Boolean
    Dim source As Object, values As Variant, item As Variant, token As Variant, tokens As Variant
    AddExtraArgs = False
    If IsObject(extraArgs) Then
        Set source = extraArgs
        values = source.Value
    Else
        values = extraArgs
    End If
    If IsArray(values) Then
        For Each item In values
            If Not IsEmpty(item) Then
                If VarType(item) = vbString Then
                    If item <> "" Then args.Add CStr(item)
                ElseIf IsNumberType(item) Then
                    args.Add ItaDecFromNumber(item)
                Else
                    Exit Function
                End If
            End If
        Next item
    ElseIf VarType(values) = vbString Then
        tokens = Split(values, " ")
        For Each token In tokens
            If token <> "" Then args.Add CStr(token)
        Next token
    ElseIf IsNumberType(values) Then
        args.Add ItaDecFromNumber(values)
    ElseIf Not IsEmpty(values) Then
        Exit Function
    End If
    AddExtraArgs = True
End Function

Private Function IsNumberType(v As Variant) As Boolean
    Select Case VarType(v)
        Case vbInteger, vbLong, vbSingle, vbDouble, vbCurrency, vbDecimal, vbByte, 20
            IsNumberType = True
        Case Else
            IsNumberType = False
    End Select
End Function
