<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>CopiesTab</name>
    <message numerus="yes">
      <source>%n warm-up post(s)</source>
      <translation>
        <numerusform>%n warm-up post</numerusform>
        <numerusform>%n warm-up posts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n checklist line(s)</source>
      <translation>
        <numerusform>%n checklist line</numerusform>
        <numerusform>%n checklist lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n key node(s)</source>
      <translation>
        <numerusform>%n key node</numerusform>
        <numerusform>%n key nodes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review row(s)</source>
      <translation>
        <numerusform>%n review row</numerusform>
        <numerusform>%n review rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied to the clipboard, filled for the campaign (used %n times).</source>
      <translation>
        <numerusform>Copied to the clipboard, filled for the campaign (used %n time).</numerusform>
        <numerusform>Copied to the clipboard, filled for the campaign (used %n times).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CopyEditor</name>
    <message numerus="yes">
      <source>%n characters</source>
      <translation>
        <numerusform>%n character</numerusform>
        <numerusform>%n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>filled: %n</source>
      <translation>
        <numerusform>filled: %n</numerusform>
        <numerusform>filled: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CopyImportAction</name>
    <message numerus="yes">
      <source>… and %n more bad rows.</source>
      <translation>
        <numerusform>… and %n more bad row.</numerusform>
        <numerusform>… and %n more bad rows.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{file} has %n bad rows; nothing was imported. Fix them and import again.</source>
      <translation>
        <numerusform>{file} has %n bad row; nothing was imported. Fix them and import again.</numerusform>
        <numerusform>{file} has %n bad rows; nothing was imported. Fix them and import again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n copies from {file} to the library?</source>
      <translation>
        <numerusform>Add %n copy from {file} to the library?</numerusform>
        <numerusform>Add %n copies from {file} to the library?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n copies</source>
      <translation>
        <numerusform>Import %n copy</numerusform>
        <numerusform>Import %n copies</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CopyListModel</name>
    <message numerus="yes">
      <source>%n copies</source>
      <translation>
        <numerusform>%n copy</numerusform>
        <numerusform>%n copies</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CopyPicker</name>
    <message numerus="yes">
      <source>%n copies</source>
      <translation>
        <numerusform>%n copy</numerusform>
        <numerusform>%n copies</numerusform>
      </translation>
    </message>
  </context>
</TS>