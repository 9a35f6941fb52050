// 设置 → 团队：PostgreSQL 上的共享数据库。
export default {
  title: '团队',
  intro:
    '通过 PostgreSQL 服务器与团队共享商户、入驻记录、汇率、已保存视图、列映射方案和已导入文件。离线时一切照常工作；更改会在下次同步时传送。',
  server: '服务器地址',
  password: '密码',
  remember: '在系统钥匙串中记住密码',
  noKeychain: '此系统没有钥匙串：每次同步都会询问密码，且从不保存。',
  connect: '连接并同步',
  syncNow: '立即同步',
  disconnect: '断开连接',
  notConnected: '未连接团队服务器。',
  connected: '已连接到 {server}。',
  lastSync: '上次同步：{when}。',
  synced: '已同步：收到 {fields} 项更改和 {events} 条记录，收到 {files} 个文件，发送 {sent} 个文件。',
  progress: '{file}：{rows} / {total} 行'
}
