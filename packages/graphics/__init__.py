"""lcdui and the game API: Java sources (java/), natives, the rasterizer, PNG, fonts and the screen backends."""
