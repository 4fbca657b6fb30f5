<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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