import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Ask Yourself',
    description: "Checks a post against your setting's safeguarding policy before it is published.",
    permissions: ['storage'],
  },
});
