<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <source>PDF, A4 landscape, %n page(s)</source>
      <translation>
        <numerusform>PDF, A4 landscape, %n page</numerusform>
        <numerusform>PDF, A4 landscape, %n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>PDF, A3 landscape, %n page(s)</source>
      <translation>
        <numerusform>PDF, A3 landscape, %n page</numerusform>
        <numerusform>PDF, A3 landscape, %n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n task(s), none filtered out</source>
      <translation>
        <numerusform>%n task, none filtered out</numerusform>
        <numerusform>%n tasks, none filtered out</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n task(s), filtered by {filters}</source>
      <translation>
        <numerusform>{shown} of %n task, filtered by {filters}</numerusform>
        <numerusform>{shown} of %n tasks, filtered by {filters}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TasksTab</name>
    <message numerus="yes">
      <source>Waiting on “{name}”: %n task(s), {names}. Delete it anyway? Their links to it go too; Undo brings the task and its links back.</source>
      <translation>
        <numerusform>Waiting on “{name}”: %n task, {names}. Delete it anyway? Their links to it go too; Undo brings the task and its links back.</numerusform>
        <numerusform>Waiting on “{name}”: %n tasks, {names}. Delete it anyway? Their links to it go too; Undo brings the task and its links back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n task(s)</source>
      <translation>
        <numerusform>Add %n task</numerusform>
        <numerusform>Add %n tasks</numerusform>
      </translation>
    </message>
  </context>
</TS>