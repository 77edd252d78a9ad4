-- Attaches Neovim's built-in LSP client (0.7+) to `node dist/server.js --stdio` for the current buffer,
-- writes the first non-empty diagnostics the server publishes to $COPYDESK_OUT as JSON, and quits.
local out = os.getenv('COPYDESK_OUT')
local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = { os.getenv('COPYDESK_NODE') or 'node', os.getenv('COPYDESK_SERVER'), '--stdio' },
  root_dir = vim.fn.getcwd(),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result == nil or #result.diagnostics == 0 then return end
      local file = io.open(out, 'w')
      file:write(vim.fn.json_encode(result))
      file:close()
      vim.schedule(function() vim.cmd('qall!') end)
    end,
  },
})
vim.lsp.buf_attach_client(0, client_id)
vim.defer_fn(function()
  io.stderr:write('copydesk.lua: no diagnostics within 20 s\n')
  vim.cmd('cquit 3')
end, 20000)
